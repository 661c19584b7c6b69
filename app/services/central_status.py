"""The status of an imported package at the committee (one definition, read by central and central_appeals)."""

from __future__ import annotations

VERIFIED, WARNINGS, ERRORS, ACCEPTED, SUPERSEDED = "verified", "warnings", "errors", "accepted", "superseded"
WITHDRAWN = "withdrawn"
STATUS_LABELS = {VERIFIED: "已核验", WARNINGS: "有警告", ERRORS: "有错误", ACCEPTED: "已接收", SUPERSEDED: "已被取代",
                 WITHDRAWN: "已撤回"}
PENDING = (VERIFIED, WARNINGS, ERRORS)
NOT_LIVE = (SUPERSEDED, WITHDRAWN)  # neither counts in the results nor in the cross-item checks

__all__ = ["ACCEPTED", "ERRORS", "NOT_LIVE", "PENDING", "STATUS_LABELS", "SUPERSEDED", "VERIFIED", "WARNINGS",
           "WITHDRAWN"]
