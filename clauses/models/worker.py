"""Heartbeats of the background workers, in the database so that every web process sees them.

The e-mail worker (`manage.py email_worker`) records one each time round its polling loop (at
most every few seconds); `/readyz` reports the worker down when none is recent enough
(EMAIL_WORKER_HEARTBEAT_MAX_AGE). Times are the database server's clock, both when a heartbeat is
recorded and when its age is judged, so a worker on another host with a skewed clock is judged
fairly."""

from datetime import timedelta

from django.db import IntegrityError, models, transaction
from django.db.models.functions import Now


class WorkerHeartbeat(models.Model):
    # One row per kind of worker (the task backend it runs, e.g. "email"): several workers of a
    # kind share it, so it says whether at least one of them is alive.
    name = models.CharField(max_length=64, unique=True)
    seen_at = models.DateTimeField()

    def __str__(self):
        return f"{self.name} worker seen at {self.seen_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def record(cls, name):
        """The worker `name` is alive now."""
        if cls.objects.filter(name=name).update(seen_at=Now()):
            return
        try:
            with transaction.atomic():
                cls.objects.create(name=name, seen_at=Now())
        except IntegrityError:
            # Another worker of the same kind recorded the first heartbeat meanwhile.
            cls.objects.filter(name=name).update(seen_at=Now())

    @classmethod
    def alive(cls, name, max_age):
        """Whether a worker `name` recorded a heartbeat in the last `max_age` seconds."""
        return cls.objects.filter(
            name=name, seen_at__gte=Now() - timedelta(seconds=max_age)
        ).exists()
