# The layers of analyzer/ and what each may use: the one table that both
# the include check (check_layering.cmake) and the build's libraries
# (CMakeLists.txt links hoist_<layer> to exactly these) read.
# core is language-neutral; the front-ends (python, javascript, cpp) know
# nothing of each other, of output or of the command line; the engine runs
# the front-ends; the command line names no front-end. `rules` is the
# generated rules/rule_ids.h; `runtime` is runtime/server.
#
# hoist_uses_public_<layer>: the layers its headers include, which its users
# see too; hoist_uses_private_<layer>: the layers only its sources include.
set(HOIST_LAYERS core treesitter python javascript cpp output verify engine server cli)
set(hoist_uses_public_core)
set(hoist_uses_private_core rules)
set(hoist_uses_public_treesitter)
set(hoist_uses_private_treesitter core)
set(hoist_uses_public_python treesitter core rules)
set(hoist_uses_private_python)
set(hoist_uses_public_javascript treesitter core)
set(hoist_uses_private_javascript rules)
set(hoist_uses_public_cpp core)
set(hoist_uses_private_cpp treesitter rules)
set(hoist_uses_public_output core)
set(hoist_uses_private_output rules)
set(hoist_uses_public_verify runtime)
set(hoist_uses_private_verify core output)
set(hoist_uses_public_engine python output core)
set(hoist_uses_private_engine javascript cpp treesitter rules)
set(hoist_uses_public_server engine output core)
set(hoist_uses_private_server rules)
set(hoist_uses_public_cli verify engine output runtime)
set(hoist_uses_private_cli server core rules)
