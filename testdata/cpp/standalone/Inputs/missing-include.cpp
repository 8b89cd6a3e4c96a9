#include <aws/not_installed.h>
int main() {}
