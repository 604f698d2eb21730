"""``python -m assistant``: offline by construction (no hub look-ups, no telemetry)."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from assistant.cli import main  # noqa: E402

raise SystemExit(main())
