#pragma once

#include <set>

namespace clang {
class ASTContext;
class Stmt;
} // namespace clang

namespace hoist::cpp {

/// The code in a body that runs once per process although the body runs on
/// every invocation: a static or thread_local local's initializer, with the
/// lambdas it calls there (not those it holds); the branch of `if
/// (!client)` (or `client == nullptr`, `client.get() == nullptr`,
/// `!client.has_value()`, and the `else` of `if (client)`) that sets
/// `client` (`client = ...`, `client.reset(...)`, `client.emplace(...)`), a
/// static or namespace-scope object or a member of one (`g_ctx.s3`), and the
/// statements after a guard that leaves while it is set (`if (client)
/// return *client;`) when one of them sets it, unless the body
/// resets it too (`delete client; client = nullptr;`, `client.reset()`:
/// built again next time); and what
/// `std::call_once` is given to run with such a flag. What it builds, and
/// what the functions it calls build, is built once; the constructions and
/// calls in it are not per-invocation.
std::set<const clang::Stmt *> built_once(clang::ASTContext &context,
                                         const clang::Stmt *body);

} // namespace hoist::cpp
