# The Python front-end's row of analyzer/layers.cmake: what it uses.
list(APPEND HOIST_FRONT_ENDS python)
set(hoist_uses_public_python engine treesitter core rules)
set(hoist_uses_private_python)
