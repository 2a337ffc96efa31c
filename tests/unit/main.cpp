// One doctest main for all unit tests (tests/unit/test_<topic>.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
