# Fetches a pinned npm package tarball at configure time, verifies it against the
# registry's published sha512 integrity (given here in hex), and unpacks it under the
# build tree. Sets <out_var> to the unpacked `package/` directory.
set(HOIST_NPM_CACHE "${CMAKE_BINARY_DIR}/_npm/tarballs" CACHE PATH
    "Where pinned npm tarballs are downloaded")

function(hoist_npm_tarball name version sha512_hex out_var)
  string(REGEX REPLACE "^@[^/]+/" "" base "${name}")
  set(url "https://registry.npmjs.org/${name}/-/${base}-${version}.tgz")
  set(tarball "${HOIST_NPM_CACHE}/${base}-${version}.tgz")
  set(dest "${CMAKE_BINARY_DIR}/_npm/${base}-${version}")
  if(NOT EXISTS "${dest}/.verified-${sha512_hex}")
    message(STATUS "Fetching ${name}@${version}")
    file(DOWNLOAD "${url}" "${tarball}" EXPECTED_HASH SHA512=${sha512_hex}
         TLS_VERIFY ON STATUS status)
    list(GET status 0 code)
    if(NOT code EQUAL 0)
      list(GET status 1 reason)
      message(FATAL_ERROR "could not fetch ${url}: ${reason}\n"
              "hoist needs the npm registry at configure time, or the tarball placed at ${tarball}")
    endif()
    file(REMOVE_RECURSE "${dest}")
    file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${dest}")
    file(TOUCH "${dest}/.verified-${sha512_hex}")
  endif()
  set(${out_var} "${dest}/package" PARENT_SCOPE)
endfunction()
