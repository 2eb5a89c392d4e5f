"""WSGI entry point for gunicorn: ``gunicorn portal.wsgi``. Production settings by default."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()

# Everything loaded so far (modules, models, settings: some 400,000 objects) lives as long as
# the process. Moving it out of the garbage collector's reach makes a full collection scan only
# what requests create: measured 0.2 ms less CPU a request on average, and no more ~70 ms
# pauses in the middle of a request (bench/README.md).
gc.freeze()
