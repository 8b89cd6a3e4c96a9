#pragma once
namespace app {
int add(int a, int b);
} // namespace app
