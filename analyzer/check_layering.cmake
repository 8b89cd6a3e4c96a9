cmake_minimum_required(VERSION 3.13)
# Fails the build when a file of analyzer/ includes a layer its own may not
# use: run as `cmake -DANALYZER_DIR=... -DSTAMP=... -P check_layering.cmake`.
# A layer may include itself and the layers listed for it; core is
# language-neutral, the front-ends know nothing of each other, of output or
# of the command line, and the command line names no front-end.
set(allowed_core core rules)
set(allowed_treesitter treesitter core)
set(allowed_python python treesitter core rules)
set(allowed_javascript javascript treesitter core rules)
set(allowed_cpp cpp treesitter core rules)
set(allowed_output output core rules)
set(allowed_verify verify runtime core output)
set(allowed_engine engine python javascript cpp treesitter output core rules)
set(allowed_server server engine output core rules)
set(allowed_cli cli server verify engine output runtime core rules)
# What is still left of issue 19 ("cli names no front-end"): verify reads
# Python modules itself. Only these files may; no other may join them.
set(known_exceptions
  "cli/verify_environment.cpp -> python"
  "cli/verify_handler.cpp -> python")

set(violations "")
foreach(layer core treesitter python javascript cpp output verify engine server cli)
  file(GLOB files RELATIVE "${ANALYZER_DIR}" "${ANALYZER_DIR}/${layer}/*.h"
       "${ANALYZER_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    file(STRINGS "${ANALYZER_DIR}/${file}" includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" used "${line}")
      set(pair "${file} -> ${used}")
      if(NOT used IN_LIST allowed_${layer} AND
         NOT pair IN_LIST known_exceptions)
        list(APPEND violations "analyzer/${file}: ${line} (${layer} may use: ${allowed_${layer}})")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "includes against the layering (analyzer/check_layering.cmake):\n  ${text}")
endif()
file(TOUCH "${STAMP}")
