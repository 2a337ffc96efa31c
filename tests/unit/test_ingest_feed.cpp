// ingest: RSS and Atom feeds, the HTML inside them, their dates.
#include <doctest/doctest.h>

#include "ingest/feed_date.hpp"
#include "ingest/feed_reader.hpp"
#include "ingest/html_text.hpp"
#include "ingest_support.hpp"

using namespace accord;

namespace {

test::Collected feed(const std::string& xml) { return test::read_bytes(read_feed, "in/news.xml", xml, "news"); }

std::string error_of(const std::string& xml) {
    auto c = feed(xml);
    CHECK(c.articles.empty());
    return c.errors.size() == 1 ? c.errors[0] : std::to_string(c.errors.size()) + " errors";
}

const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Diplomatic news</title>
  <item>
    <title>FM holds talks &amp;amp; more</title>
    <link>https://example.org/a1</link>
    <guid isPermaLink="false">a1</guid>
    <pubDate>Wed, 12 May 2021 10:22:00 +0800</pubDate>
    <description>&lt;p&gt;Wang Yi held talks.&lt;/p&gt;&lt;p&gt;They agreed&amp;nbsp;to &lt;b&gt;cooperate&lt;/b&gt;.&lt;/p&gt;</description>
  </item>
  <item>
    <title><![CDATA[Second <i>item</i>]]></title>
    <link>https://example.org/a2</link>
    <dc:date>2021-05-13T08:00:00Z</dc:date>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<div><p>Full text, paragraph one.</p><p>Paragraph &ldquo;two&rdquo;.</p></div>]]></content:encoded>
  </item>
  <item>
    <title>Only a title</title>
  </item>
  <item>
    <description>No link, no guid.</description>
  </item>
</channel>
</rss>
)";

}  // namespace

TEST_CASE("RSS 2.0: one article an item, HTML made text, dates made ISO") {
    auto c = feed(kRss);
    REQUIRE(c.articles.size() == 3);
    const Article& a = c.articles[0];
    CHECK(a.id == "a1");
    CHECK(a.source == "in/news.xml:item1");
    CHECK(a.title == "FM holds talks & more");
    CHECK(a.date == "2021-05-12");
    CHECK(a.url == "https://example.org/a1");
    CHECK(a.text == "Wang Yi held talks.\n\nThey agreed to cooperate.");
    const Article& b = c.articles[1];
    CHECK(b.id == "https://example.org/a2");  // no guid: the link
    CHECK(b.title == "Second item");
    CHECK(b.date == "2021-05-13");
    CHECK(b.text == "Full text, paragraph one.\n\nParagraph \xE2\x80\x9Ctwo\xE2\x80\x9D.");  // content:encoded wins
    CHECK(c.articles[2].id == "news/item4");
    CHECK(c.articles[2].source == "in/news.xml:item4");
    CHECK(c.errors == std::vector<std::string>{"accord: in/news.xml:19: item 3 has no text"});
}

TEST_CASE("Atom: entries with text, html and xhtml content") {
    auto c = feed(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <title>t</title>
  <entry>
    <id>urn:uuid:1</id>
    <title type="html">Talks &lt;em&gt;in&lt;/em&gt; Astana</title>
    <link rel="self" href="https://e.org/self"/>
    <link rel="alternate" href="https://e.org/1"/>
    <updated>2021-05-14T00:00:00Z</updated>
    <published>2021-05-12T00:00:00+06:00</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; two.</p><p>a &lt;b&gt; c</p></div></content>
  </entry>
  <entry>
    <id>urn:uuid:2</id>
    <title>Plain</title>
    <updated>2021-05-14T00:00:00Z</updated>
    <summary>Summary only:
      a &lt;tag&gt; stays text.

      Second paragraph.</summary>
  </entry>
  <entry>
    <id>urn:uuid:3</id>
    <link href="https://e.org/3"/>
    <content type="html">&lt;p&gt;Escaped &amp;amp; HTML&lt;/p&gt;&lt;script&gt;var x = 1;&lt;/script&gt;</content>
  </entry>
</feed>)");
    CHECK(c.errors.empty());
    REQUIRE(c.articles.size() == 3);
    CHECK(c.articles[0].id == "urn:uuid:1");
    CHECK(c.articles[0].title == "Talks in Astana");
    CHECK(c.articles[0].url == "https://e.org/1");
    CHECK(c.articles[0].date == "2021-05-12");  // published before updated
    CHECK(c.articles[0].text == "One & two.\n\na <b> c");
    CHECK(c.articles[1].date == "2021-05-14");
    CHECK(c.articles[1].text == "Summary only: a <tag> stays text.\n\nSecond paragraph.");
    CHECK(c.articles[2].url == "https://e.org/3");
    CHECK(c.articles[2].text == "Escaped & HTML");
    CHECK(c.articles[2].source == "in/news.xml:item3");
}

TEST_CASE("RSS 1.0: items beside the channel") {
    auto c = feed(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="x"><title>t</title></channel>
  <item rdf:about="https://e.org/1"><title>T</title><link>https://e.org/1</link>
    <dc:date>2021-05-12</dc:date><description>Text.</description></item>
</rdf:RDF>)");
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].date == "2021-05-12");
    CHECK(c.articles[0].text == "Text.");
}

TEST_CASE("feeds: the one-line errors of bad documents") {
    CHECK(error_of("") == "accord: in/news.xml: empty file");
    CHECK(error_of("<rss><channel><item><title>x</title>\n<description>cut") ==
          "accord: in/news.xml:2: malformed XML: unexpected end of data");
    CHECK(error_of("<rss>\n<channel>\n<item></channel></item></rss>") ==
          "accord: in/news.xml:3: malformed XML: invalid closing tag name");
    CHECK(error_of("<rss><channel a=1></channel></rss>") == "accord: in/news.xml:1: malformed XML: expected ' or \"");
    CHECK(error_of("<html><body><p>Hello</p></body></html>") ==
          "accord: in/news.xml: not an RSS or Atom feed (the root element is <html>)");
    CHECK(error_of("<rss version=\"2.0\"><channel><title>t</title></channel></rss>") == "accord: in/news.xml: feed has no items");
    CHECK(error_of("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>") == "accord: in/news.xml: feed has no entries");
    CHECK(error_of(std::string("<rss>\0</rss>", 12)) ==
          "accord: in/news.xml: binary data (NUL byte at byte 5), not a feed");
    CHECK(error_of("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss>caf\xE9</rss>") ==
          "accord: in/news.xml:2: invalid UTF-8 at byte 52 (the feed declares encoding ISO-8859-1; only UTF-8 is read)");
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<a>";
    CHECK(error_of("<rss>\n" + deep) == "accord: in/news.xml:2: XML nested more than 256 deep");
    // RapidXML skips "<!x" to the first ">", a DOCTYPE to the ">" after its "[...]": so does the guard.
    CHECK(error_of("<rss><!x [>\n" + deep + "]>") == "accord: in/news.xml:2: XML nested more than 256 deep");
    CHECK(error_of("<!DOCTYPE rss [ <!ENTITY a \"[\"> ] ]>\n" + deep) == "accord: in/news.xml:2: XML nested more than 256 deep");
    CHECK(error_of("</x></x><rss>\n" + deep) == "accord: in/news.xml:2: XML nested more than 256 deep");
}

TEST_CASE("feeds: nesting hidden in comments, CDATA and attribute values is not counted") {
    std::string noise;
    for (int i = 0; i < 1000; ++i) noise += "<a>";
    auto c = feed("<rss><!-- " + noise + " --><channel><item><description><![CDATA[text" + noise +
                  "]]></description><title x=\"" + noise + "\">t</title></item></channel></rss>");
    CHECK(c.errors.empty());
    CHECK(c.articles.size() == 1);
}

TEST_CASE("feeds: character references to no character cost nothing") {
    auto c = feed("<rss><channel><item><description>a &#xD800; b &#0; c</description></item></channel></rss>");
    REQUIRE(c.articles.size() == 1);
    // The surrogate's three bytes are three ill-formed sequences (Unicode's "maximal subparts").
    CHECK(c.articles[0].text == "a \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD b c");
}

TEST_CASE("html_to_text: tags, entities, paragraphs, white space") {
    CHECK(html_to_text("<p>Wang Yi met&nbsp;Blinken.</p><p>They spoke &ndash; briefly.</p>") ==
          "Wang Yi met Blinken.\n\nThey spoke \xE2\x80\x93 briefly.");
    CHECK(html_to_text("a<br>b<br/>c") == "a\n\nb\n\nc");
    CHECK(html_to_text("  lots \n\t of   space ") == "lots of space");
    CHECK(html_to_text("<b>bold</b>face") == "boldface");
    CHECK(html_to_text("a < b and c > d") == "a < b and c > d");
    CHECK(html_to_text("AT&T &amp; &unknown; &#39;q&#x27; &#150;") == "AT&T & &unknown; 'q' \xE2\x80\x93");
    CHECK(html_to_text("x<script>if (a<b) {}</script>y<style>p{}</style>z") == "xyz");
    CHECK(html_to_text("x<!-- <p>hidden</p> -->y") == "xy");
    CHECK(html_to_text("<![CDATA[a &amp; b]]>") == "a &amp; b");
    CHECK(html_to_text("<a href=\"x>y\" title='p>q'>link</a>") == "link");
    CHECK(html_to_text("text <unclosed") == "text <unclosed");
    CHECK(html_to_text("&#1114112; &#0; &#xD800;") == "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
    CHECK(html_to_text("ctl\x01\x7f" "chars") == "ctlchars");
    CHECK(html_to_text("<ul><li>one</li><li>two</li></ul>") == "one\n\ntwo");
    CHECK(html_to_text("").empty());
}

TEST_CASE("text_paragraphs: blank lines part paragraphs, nothing is decoded") {
    CHECK(text_paragraphs("a\n b\n\n  c &amp; <d>\r\n") == "a b\n\nc &amp; <d>");
}

TEST_CASE("feed_date: RFC 822 and ISO 8601 to YYYY-MM-DD") {
    CHECK(feed_date("Wed, 12 May 2021 10:22:00 +0800") == "2021-05-12");
    CHECK(feed_date("Wed, 02 Oct 2002 08:00:00 EST") == "2002-10-02");
    CHECK(feed_date("2 Oct 02 15:00 GMT") == "2002-10-02");
    CHECK(feed_date("12 May 99") == "1999-05-12");
    CHECK(feed_date("Thursday, 13 May 2021") == "2021-05-13");
    CHECK(feed_date("12 September 2021") == "2021-09-12");
    CHECK(feed_date("May 12, 2021") == "2021-05-12");
    CHECK(feed_date("2021-05-12") == "2021-05-12");
    CHECK(feed_date("2021-05-12T23:59:59-05:00") == "2021-05-12");
    CHECK(feed_date(" 2021-05-12 10:00 ") == "2021-05-12");
    CHECK(feed_date("31 Apr 2021").empty());
    CHECK(feed_date("2021-02-29").empty());
    CHECK(feed_date("2021-05-12junk").empty());
    CHECK(feed_date("yesterday").empty());
    CHECK(feed_date("Wed,").empty());
    CHECK(feed_date("").empty());
}
