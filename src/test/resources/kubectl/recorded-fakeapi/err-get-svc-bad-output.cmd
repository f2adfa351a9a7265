get svc -o foo
