logs nosuch
