"""The site's kernel: small services every app may use (rate limits, the sign-in lockout
response). It imports no feature app."""
