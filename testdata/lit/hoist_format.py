"""hoist's lit test format: shell tests, minus the expected results of fixes
(`x.fixed.py`, `x.unsafe-fixed.py`), which are inputs of the fixture beside
them. In a module of its own so lit's worker processes can unpickle it."""
import lit.formats


class HoistTest(lit.formats.ShTest):
    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        for test in super().getTestsInDirectory(testSuite, path_in_suite, litConfig,
                                                localConfig):
            if not test.path_in_suite[-1].endswith((".fixed.py", ".unsafe-fixed.py")):
                yield test
