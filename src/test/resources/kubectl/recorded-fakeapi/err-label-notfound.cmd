label pod nosuch env=debug
