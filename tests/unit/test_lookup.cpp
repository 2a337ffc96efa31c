// The fast lookups the extractor uses on every token give the same answers as
// the plain ones they stand for: vocabulary ids and word lists (Lexicon),
// month names by first letter, ASCII folding in one pass, the tokenizer's
// ASCII fast path.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/date.hpp"
#include "common/interner.hpp"
#include "common/text.hpp"
#include "extract/document.hpp"
#include "extract/tokenizer.hpp"
#include "extract/vocabulary.hpp"
#include "support.hpp"

using namespace accord;

TEST_CASE("word lists by vocabulary id answer as in_list does") {
    const Lexicon& lex = test::lexicon();
    std::vector<std::string> words = {"minister", "ministers", "the", "of", "", "Minister", "zzz-not-a-word",
                                      "foreign", "president", "prime minister", "'s", "-"};
    for (const char* name : {"function-words", "role-words", "role-heads", "honorifics", "abbreviations"})
        for (const auto& w : lex.list(name)) words.push_back(fold(w.substr(0, w.find('='))));
    for (const char* name : {"function-words", "role-words", "role-heads", "honorifics", "post-nominals",
                             "name-particles", "abbreviations", "no-such-list"})
        for (const auto& w : words) {
            CAPTURE(name);
            CAPTURE(w);
            CHECK(lex.word_list(ListName(name)).contains(lex.word_id(w)) == lex.in_list_set(name, w));
            CHECK(lex.in_list(ListName(name), w) == lex.in_list_set(name, w));
        }
    CHECK(lex.word_id("zzz-not-a-word") == 0);
    CHECK_FALSE(lex.word_list("function-words").contains(0));
}

TEST_CASE("in_list of a token, by its vocabulary id, answers as the list's set of strings") {
    const Lexicon& lex = test::lexicon();
    std::string text = "The Foreign Minister of the two countries, Mr. Smith, said on Monday that both sides "
                       "signed a memorandum; \xC3\x89tienne's talks at the summit in Zzyzx";
    for (const auto& w : lex.list("prepositions")) text += " " + w;
    Article a;
    a.id = "t";
    a.text = text + ".";
    auto doc = analyze_document(a, lex);  // sentence tokens carry their ids
    std::vector<Token> tokens = tokenize(text);  // these do not
    for (const auto& s : doc.sentences) tokens.insert(tokens.end(), s.tokens.begin(), s.tokens.end());
    REQUIRE(tokens.size() > 60);
    for (const char* name : {"function-words", "prepositions", "pair-nouns", "document-nouns", "honorifics",
                             "abbreviations", "speech-verbs", "boilerplate-folded", "no-such-list"})
        for (const auto& t : tokens) {
            CAPTURE(name);
            CAPTURE(t.folded);
            CHECK(lex.in_list(ListName(name), t) == lex.in_list_set(name, t.folded));
        }
    CHECK(lex.in_list("prepositions", "of"));
    CHECK_FALSE(lex.in_list("prepositions", "minister"));
    CHECK_FALSE(lex.in_list("no-such-list", "of"));
    static_assert(ListName("of").hash() == ListName::hash_of("of"));
}

TEST_CASE("form prefixes by vocabulary id answer as by string") {
    const Lexicon& lex = test::lexicon();
    std::vector<std::string> keys = {"the", "of", "zzz", "", "prime", "prime minister"};
    for (const auto& [key, refs] : lex.forms()) {
        keys.push_back(key);
        keys.push_back(key.substr(0, key.find(' ')));
    }
    for (const auto& k : keys) {
        CAPTURE(k);
        CHECK(lex.is_form_prefix(lex.word_id(k)) == lex.is_form_prefix(k));
    }
}

TEST_CASE("month names by first letter") {
    const char* names[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                           "October", "November", "December"};
    for (int m = 1; m <= 12; ++m) {
        std::string n = names[m - 1];
        CHECK(month_from_name(n) == m);
        CHECK(month_from_name(fold(n)) == m);
        CHECK(month_from_name(n.substr(0, 3)) == m);
        CHECK(month_from_name(n.substr(0, 3) + ".") == m);
    }
    CHECK(month_from_name("Sept") == 9);
    CHECK(month_from_name("Ju") == 0);
    CHECK(month_from_name("Jul.") == 7);
    CHECK(month_from_name("Juni") == 0);
    CHECK(month_from_name("Mars") == 0);
    CHECK(month_from_name("\xC3\x89t\xC3\xa9") == 0);
    CHECK(month_from_name("@pril") == 0);
    CHECK(month_from_name("2024") == 0);
}

TEST_CASE("folding ASCII and the rest") {
    CHECK(fold("") == "");
    CHECK(fold("NUR-SULTAN 2024") == "nur-sultan 2024");
    CHECK(fold("Ab\xC3\xa9") == "abe");  // a non-ASCII byte after ASCII ones takes the full path
    CHECK(fold("Xi\xE2\x80\x99" "an") == "xi'an");
}

TEST_CASE("tokens of mixed ASCII and other scripts") {
    auto t = tokenize("Brasília's 4.6 O'Brien d\xC3\xa9j\xC3\xa0-vu U.S. x2y");
    std::vector<std::string> got;
    for (const auto& k : t) got.emplace_back(k.text);
    CHECK(got == std::vector<std::string>{"Brasília", "'s", "4.6", "O'Brien", "déjà", "-", "vu", "U.S.", "x2y"});
    CHECK(t[0].folded == "brasilia");
    CHECK(t[0].upper);
    CHECK(t[2].word);
    CHECK_FALSE(t[1].word);
}

TEST_CASE("code point offsets and UTF-8 validation over long ASCII runs") {
    std::string s = "Talks in Bras\xC3\xADlia and Xi\xE2\x80\x99" "an, then in D\xC3\xBC" "sseldorf on 12 May 2021; 1234567890.";
    auto naive = [&](std::size_t byte) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < byte && i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        return n;
    };
    for (std::size_t b = 0; b <= s.size() + 2; ++b) {
        CAPTURE(b);
        CHECK(codepoint_offset(s, b) == naive(b));
    }
    CHECK(find_invalid_utf8(s) == std::string_view::npos);
    for (std::size_t at : {0, 7, 8, 9, 16, 30}) {  // a stray continuation byte inside or after an ASCII run
        std::string bad = std::string(40, 'a');
        bad[at] = '\x80';
        CHECK(find_invalid_utf8(bad) == at);
    }
    CHECK(find_invalid_utf8(std::string(20, 'a') + "\xE2\x80") == 20);  // truncated at the end
}

TEST_CASE("a sentence token's stored word id gives the answers of its folded string") {
    const Lexicon& lex = test::lexicon();
    Article a = test::article("ids", "Prime Minister Jonas Veldt held talks with the Foreign Minister of Sylvania on Tuesday, "
                                     "and they signed a memorandum and agreed to expand cooperation.");
    Document doc = analyze_document(a, lex);
    std::size_t looked_up = 0;
    for (const auto& s : doc.sentences)
        for (const auto& t : s.tokens) {
            CAPTURE(t.folded);
            looked_up += t.vocab != Token::kNotLookedUp;
            CHECK(lex.word_id(t) == lex.word_id(t.folded));
            CHECK(lex.triggers_starting(t) == lex.triggers_starting(t.folded));
            Token plain = t;
            plain.vocab = Token::kNotLookedUp;
            CHECK(lex.triggers_starting(plain) == lex.triggers_starting(t.folded));
        }
    CHECK(looked_up > 10);
    for (const auto& trig : lex.triggers()) {  // every trigger is found by the id of its first word
        Token t;
        t.folded = trig.words.front();
        t.vocab = lex.word_id(t.folded);
        CHECK(lex.triggers_starting(t) == lex.triggers_starting(t.folded));
        CHECK_FALSE(lex.triggers_starting(t).empty());
    }
}

TEST_CASE("the vocabulary numbers words in the order added and grows") {
    Vocabulary v;
    CHECK(v.id("minister") == 0);
    CHECK(v.add("minister") == 1);
    CHECK(v.add("") == 0);  // the empty string is no word
    CHECK(v.add("minister") == 1);
    for (int i = 0; i < 5000; ++i) CHECK(v.add("w" + std::to_string(i)) == static_cast<std::uint32_t>(i + 2));
    CHECK(v.size() == 5001);
    CHECK(v.id("minister") == 1);
    CHECK(v.id("") == 0);
    CHECK(v.id("w4999") == 5001);
    CHECK(v.id("w5000") == 0);
    CHECK(v.id("ministe") == 0);
}

TEST_CASE("role form edges: the words some role's surface form ends or starts with") {
    const Lexicon& lex = test::lexicon();
    std::vector<std::string> words = {"minister", "ministers", "prime", "affairs", "the", "of", "zzz", ""};
    for (const auto& [key, refs] : lex.forms())
        for (const auto& w : split(key, ' ')) words.emplace_back(w);
    for (const auto& w : words) {
        bool ends = false, starts = false;
        for (const auto& [key, refs] : lex.forms()) {
            bool role = false;
            for (const auto& r : refs) role |= lex.entry(r.entry).kind == EntryKind::Role;
            if (!role) continue;
            ends |= key == w || key.ends_with(" " + w);
            starts |= key == w || key.starts_with(w + " ");
        }
        CAPTURE(w);
        CHECK(lex.role_form_edges(w) == ((ends ? Lexicon::kEndsRole : 0u) | (starts ? Lexicon::kStartsRole : 0u)));
    }
    CHECK(lex.role_form_edges("minister") == (Lexicon::kEndsRole | Lexicon::kStartsRole));
    CHECK(lex.role_form_edges("the") == 0);
}

TEST_CASE("a folded token compares with literals as a std::string does") {
    for (const char* a : {"", "o", "of", "off", "the", "'s", "of\xC3\xA9"})
        for (const char* b : {"", "o", "of", "off", "the", "'s", "of\xC3\xA9", "f"}) {
            FoldedString f(a);
            CAPTURE(a);
            CAPTURE(b);
            CHECK((f == b) == (std::string(a) == b));
            CHECK((f != b) == (std::string(a) != b));
            CHECK((b == f) == (b == std::string(a)));
        }
    FoldedString g(std::string("minister"));
    CHECK(g == std::string("minister"));
    CHECK(std::string_view(g) == "minister");
    g = std::string("of");
    CHECK(g == "of");
}

TEST_CASE("a date starts at a capitalized token or at one whose first byte is a digit") {
    // sentence_time parses only there
    auto toks = tokenize("on may 12 and May 12, 2021, 12th May, 3 June 2020, 1st of june, Oct. 18, "
                         "july 4 2020 12 may 2021 the 2nd June '21 31 December 1999");
    int dates = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        std::size_t n = 0;
        bool date = parse_date_at(toks, i, Date{2022, 6, 1}, &n).has_value();
        dates += date;
        CAPTURE(toks[i].text);
        if (date) CHECK((toks[i].upper || is_ascii_digit(toks[i].text[0])));
    }
    CHECK(dates >= 6);
}

TEST_CASE("same_bytes compares as string equality, across the eight-byte steps") {
    std::vector<std::string> keys = {"", "a", "ab", "abcdefg", "abcdefgh", "abcdefgi", "abcdefghi", "bbcdefghi",
                                     "abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghijklmnopq", "function-words",
                                     "function-wordz", "function-words\xC3\xA9"};
    for (const auto& a : keys)
        for (const auto& b : keys) {
            CAPTURE(a);
            CAPTURE(b);
            CHECK(same_bytes(a, b) == (a == b));
        }
    Interner in;
    for (const auto& k : keys) in.intern(k);
    for (const auto& k : keys) CHECK(in.key(in.find(k)) == k);
    CHECK(in.find("abcdefgj") == 0);
}
