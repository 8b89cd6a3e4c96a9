#include "server/document_store.h"

#include <stdexcept>

namespace hoist::server {

void DocumentStore::open(const std::string &uri, Document document) {
  documents_[uri] = std::move(document);
}

void DocumentStore::change(const std::string &uri, std::int64_t version,
                           const nlohmann::json &changes,
                           PositionEncoding encoding) {
  auto found = documents_.find(uri);
  if (found == documents_.end())
    throw std::invalid_argument("didChange of a document not open: " + uri);
  std::string text = found->second.text;
  for (const nlohmann::json &change : changes) {
    const std::string &replacement = change.at("text").get_ref<const std::string &>();
    if (!change.contains("range")) {
      text = replacement;
      continue;
    }
    TextPositions positions(text, encoding);
    std::size_t begin = positions.offset(change.at("range").at("start"));
    std::size_t end = positions.offset(change.at("range").at("end"));
    if (end < begin)
      throw std::invalid_argument("a change whose range ends before it starts");
    text.replace(begin, end - begin, replacement);
  }
  found->second.text = std::move(text);
  found->second.version = version;
}

const Document *DocumentStore::find(const std::string &uri) const {
  auto found = documents_.find(uri);
  return found == documents_.end() ? nullptr : &found->second;
}

Overlay DocumentStore::overlay() const {
  Overlay overlay;
  for (const auto &[uri, document] : documents_)
    overlay[document.path] = document.text;
  return overlay;
}

} // namespace hoist::server
