get pod nosuch
