# The JavaScript and TypeScript front-end's row of analyzer/layers.cmake:
# what it uses.
list(APPEND HOIST_FRONT_ENDS javascript)
set(hoist_uses_public_javascript engine treesitter core)
set(hoist_uses_private_javascript rules)
