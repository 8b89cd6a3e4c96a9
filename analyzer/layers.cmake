# The layers of analyzer/ and what each may use: the one table that both
# the include check (check_layering.cmake) and the build's libraries
# (CMakeLists.txt links hoist_<layer> to exactly these) read.
# core is language-neutral; the engine is the interface a front-end
# implements and the session that runs them, and knows none; the front-ends
# use the engine and know nothing of each other, of output or of the command
# line; setup registers them and is what the command line and the server
# start a check from. `rules` is the generated rules/rule_ids.h;
# `runtime` is runtime/server.
#
# hoist_uses_public_<layer>: the layers its headers include, which its users
# see too; hoist_uses_private_<layer>: the layers only its sources include.
#
# A front-end's row is in its own folder, analyzer/<front-end>/layer.cmake,
# which adds it to HOIST_FRONT_ENDS: a new front-end adds no line here.
file(GLOB HOIST_FRONT_END_ROWS "${CMAKE_CURRENT_LIST_DIR}/*/layer.cmake")
set(HOIST_FRONT_ENDS)
foreach(row IN LISTS HOIST_FRONT_END_ROWS)
  include("${row}")
endforeach()
set(HOIST_LAYERS core treesitter output engine ${HOIST_FRONT_ENDS} verify setup server cli)
set(hoist_uses_public_core)
set(hoist_uses_private_core rules)
set(hoist_uses_public_treesitter)
set(hoist_uses_private_treesitter core)
set(hoist_uses_public_output core)
set(hoist_uses_private_output rules)
set(hoist_uses_public_verify runtime)
set(hoist_uses_private_verify core output)
set(hoist_uses_public_engine output core)
set(hoist_uses_private_engine rules)
# setup makes every front-end (setup/registered_front_ends.cpp).
set(hoist_uses_public_setup engine core)
set(hoist_uses_private_setup ${HOIST_FRONT_ENDS} rules)
set(hoist_uses_public_server engine output core)
set(hoist_uses_private_server setup rules)
# python: verify's check of a Python handler's module before it runs it.
set(hoist_uses_public_cli verify engine output runtime)
set(hoist_uses_private_cli setup server python core rules)
