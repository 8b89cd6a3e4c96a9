#include <gtest/gtest.h>

#include <dirent.h>
#include <optional>
#include <string>

#include "core/listed_directories.h"

namespace hoist {
namespace {

std::vector<std::pair<std::string, int>>
entries_of(const ListedDirectories &listed, const std::string &dir,
           bool &found) {
  std::vector<ListedEntry> entries;
  found = listed.find(dir, entries);
  std::vector<std::pair<std::string, int>> out;
  for (const ListedEntry &entry : entries)
    out.push_back({entry.name, entry.type});
  return out;
}

TEST(ListedDirectories, FindsEachDirectoryWithItsEntriesAfterMerging) {
  ListedDirectories first, second, all;
  first.add("/p/b", {{"x.py", DT_REG}, {"sub", DT_DIR}, {"link", DT_LNK}});
  first.add("/p", {});
  second.add("/p/ab", {{"y.py", DT_REG}});
  second.add("/p/a", {{"z", DT_UNKNOWN}});
  all.add(first);
  all.add(second);
  all.add("/", {{"p", DT_DIR}});
  all.sort();
  EXPECT_EQ(all.size(), 5u);
  bool found = false;
  using Entries = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(entries_of(all, "/p/b", found),
            (Entries{{"x.py", DT_REG}, {"sub", DT_DIR}, {"link", DT_LNK}}));
  EXPECT_TRUE(found);
  EXPECT_EQ(entries_of(all, "/p/a", found), (Entries{{"z", DT_UNKNOWN}}));
  EXPECT_EQ(entries_of(all, "/p/ab", found), (Entries{{"y.py", DT_REG}}));
  EXPECT_EQ(entries_of(all, "/", found), (Entries{{"p", DT_DIR}}));
  // Listed and empty is not the same as not listed.
  EXPECT_EQ(entries_of(all, "/p", found), Entries{});
  EXPECT_TRUE(found);
  for (std::string missing : {"/p/", "/p/c", "/q", "", "/p/b/sub"}) {
    EXPECT_EQ(entries_of(all, missing, found), Entries{}) << missing;
    EXPECT_FALSE(found) << missing;
  }
}

TEST(ListedDirectories, UnchangedOnlyWithTheSameOldEnoughTime) {
  ListedDirectories listed;
  listed.add("/old", {{"a.py", DT_REG}}, {1000, 5});
  listed.add("/recent", {{"b.py", DT_REG}}, {1999, 0});
  listed.set_taken_at({2000, 0});
  listed.sort();
  std::vector<ListedEntry> entries;
  EXPECT_TRUE(listed.find_unchanged("/old", {1000, 5}, entries));
  EXPECT_EQ(entries.size(), 1u);
  EXPECT_FALSE(listed.find_unchanged("/old", {1000, 6}, entries));
  EXPECT_FALSE(listed.find_unchanged("/old", {1001, 5}, entries));
  // Changed within two seconds before the walk: a later change may have
  // kept that time.
  EXPECT_FALSE(listed.find_unchanged("/recent", {1999, 0}, entries));
  EXPECT_FALSE(listed.find_unchanged("/missing", {1000, 5}, entries));
  EXPECT_EQ(entries.size(), 1u);
}

TEST(ListedDirectories, SerializedAndBackTheSame) {
  ListedDirectories listed;
  listed.add("/p/b", {{"x.py", DT_REG}, {"odd\nname", DT_UNKNOWN}}, {7, 8});
  listed.add("/p", {}, {5, 6});
  listed.set_taken_at({100, 0});
  listed.sort();
  std::string bytes = listed.serialize();
  std::optional<ListedDirectories> back = ListedDirectories::deserialize(bytes);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->size(), 2u);
  EXPECT_EQ(back->serialize(), bytes);
  bool found = false;
  using Entries = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(entries_of(*back, "/p/b", found),
            (Entries{{"x.py", DT_REG}, {"odd\nname", DT_UNKNOWN}}));
  std::vector<ListedEntry> entries;
  EXPECT_TRUE(back->find_unchanged("/p", {5, 6}, entries));

  // Anything else is no listing at all, never a crash or a wrong one.
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    std::optional<ListedDirectories> damaged =
        ListedDirectories::deserialize(bytes.substr(0, cut));
    if (damaged) // cut at a directory's end: the ones before it, intact
      EXPECT_LE(damaged->size(), 2u) << cut;
  }
  std::string bad_entry = bytes;
  bad_entry.back() = 'x'; // the last name loses its terminator
  EXPECT_FALSE(ListedDirectories::deserialize(bad_entry));
  EXPECT_FALSE(ListedDirectories::deserialize("hoist-listings-0\n1 0\n"));
  EXPECT_FALSE(
      ListedDirectories::deserialize("hoist-listings-1\n1 0\n99 0 1 2\n/p"));
}

} // namespace
} // namespace hoist
