"""``python -m pakru_desktop``: the desktop app, exactly as ``pakru-desktop``."""

import sys

from pakru_desktop.gui.app import main

sys.exit(main())
