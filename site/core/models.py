from django.db import models


class RateLimitCounter(models.Model):
    """One client's requests in one rate-limit window, when the limits count in the database
    (no shared cache configured). The key holds a hash of the client's address, never the
    address; rows whose window ended are pruned as new windows start."""

    key = models.CharField(max_length=150, primary_key=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.key}: {self.count} until {self.expires_at:%Y-%m-%d %H:%M:%S}"
