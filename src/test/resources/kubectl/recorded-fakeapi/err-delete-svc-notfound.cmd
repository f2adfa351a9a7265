delete svc nosuch
