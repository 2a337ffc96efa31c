// libFuzzer: the lexicon loader. The first byte picks the file the rest
// becomes: a user lexicon given with --lexicon (Lexicon::add_file), or one
// of the ontology's tables, trigger rules or word lists (Lexicon::load over a
// scratch copy of the invented test lexicon and the real rules and lists).
// Any input must load or throw an Error with file:line, never crash.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "common/error.hpp"
#include "extract/lexicon.hpp"

namespace fs = std::filesystem;

namespace {

struct Scratch {
    fs::path dir, ontology, tables, user;
    Scratch() {
        dir = fs::temp_directory_path() / ("accord-fuzz-lexicon-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        ontology = dir / "ontology";
        tables = dir / "tables";
        fs::create_directories(ontology);
        fs::copy(fs::path(ACCORD_ONTOLOGY_DIR) / "rules", ontology / "rules", fs::copy_options::recursive);
        fs::copy(fs::path(ACCORD_ONTOLOGY_DIR) / "language", ontology / "language", fs::copy_options::recursive);
        fs::copy(ACCORD_TEST_LEXICON, tables, fs::copy_options::recursive);
        user = dir / "user.tsv";
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes; }

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Scratch s;
    static const char* const kTables[] = {"countries.tsv", "places.tsv", "organizations.tsv",
                                          "initiatives.tsv", "persons.tsv", "roles.tsv"};
    if (size == 0) return 0;
    std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
    unsigned pick = data[0] % 9;
    fs::path replaced;
    if (pick < 6) replaced = s.tables / kTables[pick];
    else if (pick == 6) replaced = s.ontology / "rules/triggers.tsv";
    else if (pick == 7) replaced = s.ontology / "language/abbreviations.txt";
    try {
        if (replaced.empty()) {
            write(s.user, bytes);
            accord::Lexicon lex;
            lex.add_file(s.user.string());
        } else {
            std::string original = read(replaced);
            write(replaced, bytes);
            try {
                (void)accord::Lexicon::load(s.ontology.string(), s.tables.string());
            } catch (...) {
                write(replaced, original);
                throw;
            }
            write(replaced, original);
        }
    } catch (const accord::Error&) {
    }
    return 0;
}
