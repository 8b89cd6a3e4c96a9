"""hoist's lit test format: shell tests, minus the expected results of fixes
(`x.fixed.py`, `x.unsafe-fixed.mjs`, in any language), which are inputs of
the fixture beside them. In a module of its own so lit's worker processes can
unpickle it."""
import re

import lit.formats

FIX_RESULT = re.compile(r"\.(fixed|unsafe-fixed)\.[^.]+$")


class HoistTest(lit.formats.ShTest):
    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        for test in super().getTestsInDirectory(testSuite, path_in_suite, litConfig,
                                                localConfig):
            if not FIX_RESULT.search(test.path_in_suite[-1]):
                yield test
