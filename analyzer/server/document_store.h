#pragma once

#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/overlay.h"
#include "server/text_positions.h"

namespace hoist::server {

/// A document the editor has open: its text is the truth, not the disk's.
struct Document {
  std::string path; ///< absolute, lexically normal
  std::string text;
  std::int64_t version = 0;
};

/// The open documents by URI (didOpen, didChange, didClose), as an overlay
/// of the files they stand for. Not thread-safe: the server locks it.
class DocumentStore {
public:
  void open(const std::string &uri, Document document);
  /// Applies didChange's `contentChanges` (whole texts, or ranges in
  /// `encoding`) in order. Throws (nlohmann::json's exceptions,
  /// std::invalid_argument) on a malformed change or an unknown document,
  /// changing nothing.
  void change(const std::string &uri, std::int64_t version,
              const nlohmann::json &changes, PositionEncoding encoding);
  void close(const std::string &uri) { documents_.erase(uri); }

  const Document *find(const std::string &uri) const;
  const std::map<std::string, Document> &documents() const {
    return documents_;
  }
  /// The documents' texts by path: what the engine reads instead of the
  /// disk.
  Overlay overlay() const;

private:
  std::map<std::string, Document> documents_;
};

} // namespace hoist::server
