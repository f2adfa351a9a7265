label pod kubia-manual nosuch-
