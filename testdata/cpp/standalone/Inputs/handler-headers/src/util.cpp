#include "app/util.h"
#include <missing/generated.h>

int app::add(int a, int b) { return a + b; }
