"""The kinds of draw a venue records (the main draw, late arrivals' draws, second blind codes, the published
mapping): plain names, so a reader that needs no ORM (``app.services.day``) can name them."""

MAIN, LATE, SECOND_CODE, PUBLISH = "main", "late", "second_code", "publish"
