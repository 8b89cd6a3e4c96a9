#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "verify/verification.h"

namespace hoist::verify {

/// Where invocation `i` was answered differently by `before` and `after`,
/// or nothing when they answered alike: the status or error type (never
/// left out), else the first JSON path at which the responses differ (an
/// error's message is `$.errorMessage`; its stack trace, whose line numbers
/// a fix moves, is not compared), each run's task root written as Lambda's.
///
/// With `before_again`, a second run of the same code, what differs between
/// `before` and it at this invocation varies by itself and is left out
/// there: a value at a path where the two differ (a string token by token:
/// the tokens that differ between them, a timestamp's digits, are left out
/// and the rest is compared), a key one of them lacks, an array whose
/// lengths differ. The paths left out where `after` differs are added to
/// `ignored`. A value that does not vary between them is compared whole.
std::optional<AnswerDifference>
answer_difference(const FunctionRun &before, const FunctionRun &after,
                  std::size_t i, const FunctionRun *before_again = nullptr,
                  std::set<std::string> *ignored = nullptr);

/// Whether `before` and its second run `again` answered invocation `i` with
/// the same status and error type (their values may still vary).
bool same_kind_of_answer(const FunctionRun &before, const FunctionRun &again,
                         std::size_t i);

} // namespace hoist::verify
