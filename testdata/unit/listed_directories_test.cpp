#include <gtest/gtest.h>

#include <dirent.h>

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

} // namespace
} // namespace hoist
