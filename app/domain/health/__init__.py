"""Health scores (HEALTH-1..6): a profile's shape and its validation (`profiles`), and the
scoring engine that computes scores in SQL (`scoring`). No Qt, nothing shown yet."""
