#include <gtest/gtest.h>

#include "core/file_uri.h"
#include "server/document_store.h"
#include "server/text_positions.h"

namespace hoist::server {
namespace {

// "é" is 2 bytes and 1 UTF-16 unit; "😀" 4 bytes and 2 units.
const std::string kText = "a = 1\nb = \"\xC3\xA9\xF0\x9F\x98\x80\" + x\r\nlast";

TEST(TextPositions, CountsUtf16UnitsOrUtf8Bytes) {
  const std::size_t x = kText.find('x');
  TextPositions utf16(kText, PositionEncoding::Utf16);
  EXPECT_EQ(utf16.position(x), (nlohmann::json{{"line", 1}, {"character", 12}}));
  EXPECT_EQ(utf16.offset(1, 12), x);
  TextPositions utf8(kText, PositionEncoding::Utf8);
  EXPECT_EQ(utf8.position(x), (nlohmann::json{{"line", 1}, {"character", 15}}));
  EXPECT_EQ(utf8.offset(1, 15), x);
}

TEST(TextPositions, ClampsPastTheLineAndTheText) {
  TextPositions positions(kText, PositionEncoding::Utf16);
  // Past the end of line 0: its end, before "\n"; past the last line: the end.
  EXPECT_EQ(positions.offset(0, 99), kText.find('\n'));
  EXPECT_EQ(positions.offset(1, 99), kText.find('\r'));
  EXPECT_EQ(positions.offset(7, 0), kText.size());
  EXPECT_EQ(positions.position(kText.size()),
            (nlohmann::json{{"line", 2}, {"character", 4}}));
}

TEST(DocumentStore, AppliesIncrementalChangesInOrder) {
  DocumentStore store;
  store.open("file:///p/a.py", {"/p/a.py", kText, 1});
  // Replace "x" by "yz", then insert at the start of the first line.
  nlohmann::json changes = nlohmann::json::parse(R"([
    {"range": {"start": {"line": 1, "character": 12},
               "end": {"line": 1, "character": 13}}, "text": "yz"},
    {"range": {"start": {"line": 0, "character": 0},
               "end": {"line": 0, "character": 0}}, "text": "# c\n"}])");
  store.change("file:///p/a.py", 2, changes, PositionEncoding::Utf16);
  const Document *document = store.find("file:///p/a.py");
  ASSERT_NE(document, nullptr);
  EXPECT_EQ(document->version, 2);
  EXPECT_EQ(document->text,
            "# c\na = 1\nb = \"\xC3\xA9\xF0\x9F\x98\x80\" + yz\r\nlast");
  EXPECT_EQ(store.overlay().at("/p/a.py"), document->text);
}

TEST(DocumentStore, ABadChangeChangesNothing) {
  DocumentStore store;
  store.open("file:///p/a.py", {"/p/a.py", "abc", 1});
  nlohmann::json changes = nlohmann::json::parse(R"([
    {"text": "whole"},
    {"range": {"start": {"line": 0}}, "text": "x"}])");
  EXPECT_ANY_THROW(
      store.change("file:///p/a.py", 2, changes, PositionEncoding::Utf16));
  EXPECT_EQ(store.find("file:///p/a.py")->text, "abc");
  EXPECT_EQ(store.find("file:///p/a.py")->version, 1);
  EXPECT_ANY_THROW(store.change("file:///p/other.py", 2,
                                nlohmann::json::array(),
                                PositionEncoding::Utf16));
}

TEST(FileUri, RoundTripsPathsWithReservedCharacters) {
  const std::string path = "/work/my project/a#b%c/\xC3\xA9.py";
  const std::string uri = uri_of_path(path);
  EXPECT_EQ(uri, "file:///work/my%20project/a%23b%25c/%C3%A9.py");
  EXPECT_EQ(path_of_uri(uri), path);
  EXPECT_EQ(path_of_uri("file://localhost/a/../b.py"), "/b.py");
  EXPECT_EQ(path_of_uri("untitled:Untitled-1"), std::nullopt);
  EXPECT_EQ(path_of_uri("file:///a%2"), std::nullopt);
  EXPECT_EQ(path_of_uri("file://host/a.py"), std::nullopt);
}

} // namespace
} // namespace hoist::server
