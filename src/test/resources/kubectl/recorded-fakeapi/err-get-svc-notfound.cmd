get svc nosuch
