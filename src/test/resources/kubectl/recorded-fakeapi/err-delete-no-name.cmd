delete pod
