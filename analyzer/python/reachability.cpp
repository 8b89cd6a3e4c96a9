#include "python/reachability.h"

#include <deque>
#include <unordered_set>

#include "python/lazy_init.h"

namespace hoist::python {
namespace {

constexpr std::size_t kMaxChain = 16;

bool is_memoizing_decorator(const std::string &path) {
  static const std::unordered_set<std::string> kMemoizers = {
      "functools.cache",
      "functools.lru_cache",
      "functools.cached_property",
      "cachetools.cached",
      "cachetools.func.lru_cache",
      "cachetools.func.ttl_cache",
      "cachetools.func.lfu_cache",
      "cachetools.func.rr_cache",
      "cachetools.func.fifo_cache",
      "cachetools.func.mru_cache"};
  return kMemoizers.count(path) > 0;
}

} // namespace

bool is_memoized(const Resolver &resolver, const ModuleModel &module,
                 const FunctionInfo &function) {
  for (TSNode decorator : function.decorators) {
    TSNode expression = ts_node_named_child(decorator, 0);
    // `@lru_cache(maxsize=None)` is a call that returns the decorator.
    if (is(expression, "call"))
      expression = field(expression, "function");
    Symbol symbol = resolver.resolve(expression, {&module, nullptr});
    if (symbol.kind == Symbol::Kind::Path &&
        is_memoizing_decorator(symbol.path))
      return true;
  }
  return false;
}

std::vector<ReachedFunction> reachable_functions(const Resolver &resolver,
                                                 const ModuleModel &module,
                                                 const FunctionInfo &handler) {
  std::vector<ReachedFunction> reached;
  std::unordered_set<const FunctionInfo *> seen{&handler};
  std::deque<ReachedFunction> pending{{&module, &handler, {}}};
  while (!pending.empty()) {
    ReachedFunction current = std::move(pending.front());
    pending.pop_front();
    if (!ts_node_is_null(current.function->body) &&
        current.chain.size() < kMaxChain) {
      Scope scope{current.module, current.function};
      for (TSNode node : current.function->calls) {
        const ModuleModel *callee_module = nullptr;
        const FunctionInfo *callee =
            resolver.called_function(node, scope, callee_module);
        if (!callee || seen.count(callee) ||
            is_memoized(resolver, *callee_module, *callee) ||
            is_lazily_initialized(current.module->tree(), *current.function,
                                  node))
          continue;
        seen.insert(callee);
        ReachedFunction next{callee_module, callee, current.chain};
        next.chain.push_back({current.module, current.function, node, callee});
        pending.push_back(std::move(next));
      }
    }
    reached.push_back(std::move(current));
  }
  return reached;
}

} // namespace hoist::python
