#include <aws/lambda-runtime/runtime.h>

int main() { return 0; }
