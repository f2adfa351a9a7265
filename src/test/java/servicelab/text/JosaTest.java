package servicelab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class JosaTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.244.2.4:8080을(를) 골랐습니다|10.244.2.4:8080을 골랐습니다",
        "10.244.2.2:8082을(를) 골랐습니다|10.244.2.2:8082를 골랐습니다",
        "192.168.0.11:30123(으)로 보냅니다|192.168.0.11:30123으로 보냅니다",
        "200(으)로 답했습니다|200으로 답했습니다",
        "node-1(으)로|node-1로",
        "파드 kubia이(가)|파드 kubia가",
        "서비스 kubia-nodeport은(는)|서비스 kubia-nodeport는",
        "`targetPort`은(는) 필드가|`targetPort`는 필드가",
        "쿠키 INGRESSCOOKIE을(를)|쿠키 INGRESSCOOKIE를",
        "파드 web-xm을(를)|파드 web-xm을",
        "서비스와(과) 파드|서비스와 파드",
        "레이블이(가)|레이블이",
        "(파드 kubia-a)을(를)|(파드 kubia-a)를",
        "정답은 ClusterIP(이)에요|정답은 ClusterIP예요",
        "정답은 서비스(이)에요|정답은 서비스예요",
        "정답은 클러스터 IP(이)에요|정답은 클러스터 IP예요",
        "정답은 엔드포인트(이)에요|정답은 엔드포인트예요",
        "정답은 레이블(이)에요|정답은 레이블이에요",
        "!@#을(를)|!@#을(를)",
        "서비스 kubia-loadbalancer이(가)|서비스 kubia-loadbalancer가",
        "정답은 None(이)에요|정답은 None이에요",
        "정답은 CNAME(이)에요|정답은 CNAME이에요",
        "불리언(true/false)이(가) 왔어요|불리언(true/false)이 왔어요",
        "객체(키: 값 묶음)이(가) 왔어요|객체(키: 값 묶음)가 왔어요",
        "컨트롤러(controller)이(가)|컨트롤러(controller)가",
        "파드 web-ctrl(으)로|파드 web-ctrl로"})
    void picksTheParticleFromTheWordBefore(String in, String out) {
        assertEquals(out, Josa.fix(in));
    }
}
