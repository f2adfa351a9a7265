describe pod nosuch
