// A project header whose own dependency is not installed here.
#pragma once
#include <no/such/dependency.h>
