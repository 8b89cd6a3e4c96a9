cmake_minimum_required(VERSION 3.13)
# Fails the build when a file of analyzer/ includes a layer its own may not
# use (layers.cmake): run as `cmake -DANALYZER_DIR=... -DSTAMP=... -P
# check_layering.cmake`. A layer's sources may include itself and the layers
# it uses; its headers only itself and the layers it uses publicly, since
# its users compile them with only those layers' include directories.
include("${CMAKE_CURRENT_LIST_DIR}/layers.cmake")
set(violations "")
foreach(layer IN LISTS HOIST_LAYERS)
  set(for_headers ${layer} ${hoist_uses_public_${layer}})
  set(for_sources ${for_headers} ${hoist_uses_private_${layer}})
  file(GLOB files RELATIVE "${ANALYZER_DIR}" "${ANALYZER_DIR}/${layer}/*.h"
       "${ANALYZER_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    if(file MATCHES "\\.h$")
      set(allowed for_headers)
      set(kind "headers")
    else()
      set(allowed for_sources)
      set(kind "sources")
    endif()
    file(STRINGS "${ANALYZER_DIR}/${file}" includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" used "${line}")
      if(NOT used IN_LIST ${allowed})
        list(JOIN ${allowed} " " may_use)
        list(APPEND violations
          "analyzer/${file}: ${line} (${layer}'s ${kind} may use: ${may_use})")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "includes against the layering (analyzer/layers.cmake; "
    "a layer's headers may use only what it uses publicly):\n  ${text}")
endif()
file(TOUCH "${STAMP}")
