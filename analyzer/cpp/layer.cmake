# The C++ front-end's row of analyzer/layers.cmake (its syntactic part,
# hoist_cpp): what it uses.
list(APPEND HOIST_FRONT_ENDS cpp)
set(hoist_uses_public_cpp engine core)
set(hoist_uses_private_cpp treesitter rules)
