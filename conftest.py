"""Test-wide settings: answers go to a throw-away store, never to a real learner's file.

Set at import time, before nbval starts any kernel, so notebook kernels inherit it too.
"""

import os
import tempfile

os.environ["COURSEKIT_STORE"] = os.path.join(tempfile.mkdtemp(prefix="coursekit-test-"), "antwoorden.json")
