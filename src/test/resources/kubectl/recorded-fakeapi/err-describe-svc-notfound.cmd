describe svc nosuch
