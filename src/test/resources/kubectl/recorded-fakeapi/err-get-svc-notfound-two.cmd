get svc nosuch1 nosuch2
