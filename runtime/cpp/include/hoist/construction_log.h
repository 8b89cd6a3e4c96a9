// How code run by hoist's C++ runtime library reports that it built something
// expensive, so `hoist verify` can count constructions by phase (INIT, or the
// invocation in flight). A no-op unless HOIST_CONSTRUCTION_LOG is set.
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/// Records one construction of `api` (a qualified name, "Aws::S3::S3Client").
void hoist_record_construction(const char *api);

#ifdef __cplusplus
}
#endif
