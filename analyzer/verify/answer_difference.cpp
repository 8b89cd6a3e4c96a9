#include "verify/answer_difference.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

namespace hoist::verify {
namespace {

using Json = nlohmann::json;
using runtime::InvokeRecord;
using runtime::InvokeStatus;

/// What an invocation answered, as compared: the response (the payload as a
/// string when it is not JSON), or `{"errorMessage": ...}` for an error.
struct Answer {
  InvokeStatus status;
  std::string error_type;
  bool json = true;
  Json document;
};

Answer answer_of(const FunctionRun &run, std::size_t i) {
  InvokeRecord record = run.invocations[i];
  record.payload = run.as_in_lambda(record.payload);
  Answer answer{record.status, record.error_type, true, {}};
  if (record.status != InvokeStatus::Success) {
    answer.document = {{"errorMessage", error_message(record)}};
    return answer;
  }
  answer.document = Json::parse(record.payload, nullptr, false);
  if (answer.document.is_discarded()) {
    answer.json = false;
    answer.document = record.payload;
  }
  return answer;
}

std::string key_path(const std::string &path, const std::string &key) {
  bool plain = !key.empty() && !std::isdigit(static_cast<unsigned char>(key[0]));
  for (char c : key)
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
                      c == '$');
  return plain ? path + "." + key : path + "[" + Json(key).dump() + "]";
}

std::string index_path(const std::string &path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

/// A value's text; a long one cut to an excerpt starting shortly before
/// `from`, where it first differs from the value it is shown with.
std::string excerpt(const std::string &text, std::size_t from) {
  constexpr std::size_t kBefore = 40, kLength = 160;
  if (text.size() <= kLength)
    return text;
  std::size_t begin = from > kBefore ? from - kBefore : 0;
  std::string cut = text.substr(begin, kLength);
  return (begin > 0 ? "..." : "") + cut +
         (begin + kLength < text.size() ? "..." : "");
}

AnswerDifference difference_at(const std::string &path, const Json *a,
                               const Json *b) {
  std::string left = a ? a->dump() : "(absent)";
  std::string right = b ? b->dump() : "(absent)";
  std::size_t at = 0;
  while (at < left.size() && at < right.size() && left[at] == right[at])
    ++at;
  return {path, excerpt(left, at), excerpt(right, at)};
}

/// Runs of letters and digits, and each other character alone.
std::vector<std::string> tokens(const std::string &text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t j = i;
    while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j])))
      ++j;
    if (j == i)
      ++j;
    out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

/// Whether `fixed` equals `original` at every token that does not differ
/// between `original` and `again`; a string whose tokens do not line up
/// with the original's second run varies whole.
bool same_but_varying_tokens(const std::string &original,
                             const std::string &again,
                             const std::string &fixed) {
  std::vector<std::string> a = tokens(original), b = tokens(again),
                           f = tokens(fixed);
  if (a.size() != b.size())
    return true;
  if (a.size() != f.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] == b[i] && a[i] != f[i])
      return false;
  return true;
}

/// A value's JSON type, every number alike.
Json::value_t kind(const Json &value) {
  return value.is_number() ? Json::value_t::number_float : value.type();
}

struct Walk {
  std::set<std::string> left_out;

  std::optional<AnswerDifference> leave_out(const std::string &path) {
    left_out.insert(path);
    return std::nullopt;
  }

  /// The first difference of `a` and `f` under `path`; `again` is `a`'s
  /// value in the second run, null when it has none or there is none.
  std::optional<AnswerDifference> walk(const Json &a, const Json &f,
                                       const Json *again,
                                       const std::string &path) {
    if (a == f)
      return std::nullopt;
    const bool varies = again && *again != a;
    if (a.is_object() && f.is_object()) {
      std::set<std::string> keys;
      for (const auto &[key, value] : a.items())
        keys.insert(key);
      for (const auto &[key, value] : f.items())
        keys.insert(key);
      for (const std::string &key : keys) {
        const std::string at = key_path(path, key);
        const Json *other =
            varies && again->is_object() && again->contains(key)
                ? &(*again)[key]
                : nullptr;
        if (a.contains(key) && f.contains(key)) {
          if (auto d = walk(a[key], f[key], varies ? other : nullptr, at))
            return d;
          continue;
        }
        // A key only one run has: left out when the original's own runs
        // disagree on whether it is there.
        if (varies && again->is_object() &&
            again->contains(key) != a.contains(key)) {
          leave_out(at);
          continue;
        }
        return difference_at(at, a.contains(key) ? &a[key] : nullptr,
                             f.contains(key) ? &f[key] : nullptr);
      }
      return std::nullopt;
    }
    if (a.is_array() && f.is_array() && a.size() == f.size()) {
      const bool aligned =
          !varies || (again->is_array() && again->size() == a.size());
      if (!aligned)
        return leave_out(path);
      for (std::size_t i = 0; i < a.size(); ++i)
        if (auto d = walk(a[i], f[i], varies ? &(*again)[i] : nullptr,
                          index_path(path, i)))
          return d;
      return std::nullopt;
    }
    if (!varies)
      return difference_at(path, &a, &f);
    // What varies is the value, not its kind or an array's length, unless
    // the original's second run shows that too.
    if (kind(a) != kind(f) && kind(*again) == kind(a))
      return difference_at(path, &a, &f);
    if (a.is_array() && again->is_array() && again->size() == a.size())
      return difference_at(path, &a, &f);
    if (a.is_string() && f.is_string() && again->is_string() &&
        !same_but_varying_tokens(a.get<std::string>(),
                                 again->get<std::string>(),
                                 f.get<std::string>()))
      return difference_at(path, &a, &f);
    return leave_out(path);
  }
};

} // namespace

bool same_kind_of_answer(const FunctionRun &before, const FunctionRun &again,
                         std::size_t i) {
  const InvokeRecord &a = before.invocations[i];
  const InvokeRecord &b = again.invocations[i];
  return a.status == b.status && a.error_type == b.error_type;
}

std::optional<AnswerDifference>
answer_difference(const FunctionRun &before, const FunctionRun &after,
                  std::size_t i, const FunctionRun *before_again,
                  std::set<std::string> *ignored) {
  const Answer a = answer_of(before, i), f = answer_of(after, i);
  if (a.status != f.status || a.error_type != f.error_type)
    return AnswerDifference{};
  if (a.json != f.json)
    return difference_at("$", &a.document, &f.document);
  std::optional<Answer> again;
  if (before_again && i < before_again->invocations.size() &&
      same_kind_of_answer(before, *before_again, i))
    again = answer_of(*before_again, i);
  Walk walk;
  auto difference = walk.walk(a.document, f.document,
                              again && again->json == a.json ? &again->document
                                                             : nullptr,
                              "$");
  if (ignored)
    ignored->insert(walk.left_out.begin(), walk.left_out.end());
  return difference;
}

} // namespace hoist::verify
