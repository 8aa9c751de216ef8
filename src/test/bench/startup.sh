#!/usr/bin/env bash
# Start-up to first page: this app's jar against a bare Spring Boot app with the same starters, interleaved,
# RUNS times each; prints each one's median and the ratio. Not part of `mvn verify` (see docs/benchmarks.md).
# usage: src/test/bench/startup.sh [RUNS]   (env: JAR, BARE_DIR, MVN)
set -euo pipefail
RUNS=${1:-10}
JAR=${JAR:-target/tumor-board.jar}
BARE_DIR=${BARE_DIR:-${TMPDIR:-/tmp}/bare-boot}
MVN=${MVN:-mvn}
[ -f "$JAR" ] || $MVN -B -ntp -q -DskipTests package
PARENT=$(sed -n '/<parent>/,/<\/parent>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)
# The same starters: every non-test *starter* dependency of pom.xml (versions resolved), and H2 for the datasource.
STARTERS=$(python3 - <<'PY'
import re
pom = open('pom.xml').read()
props = dict(re.findall(r'<([\w.-]+)>([^<]*)</\1>', pom.split('<properties>')[1].split('</properties>')[0]))
out = []
for d in re.findall(r'<dependency>(.*?)</dependency>', pom.split('<dependencies>')[1], re.S):
    if '<scope>test</scope>' in d or not ('starter' in d or '<artifactId>h2</artifactId>' in d):
        continue
    d = re.sub(r'\$\{([\w.-]+)\}', lambda m: props.get(m.group(1), m.group(0)), d)
    out.append('<dependency>' + ' '.join(d.split()) + '</dependency>')
print(''.join(out))
PY
)

# The bare app: same parent and starters, one page, everything public.
if [ ! -f "$BARE_DIR/target/bare.jar" ]; then
  mkdir -p "$BARE_DIR/src/main/java/bare" "$BARE_DIR/src/main/resources/templates"
  cat > "$BARE_DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>$PARENT</version></parent>
  <groupId>bare</groupId><artifactId>bare</artifactId><version>1</version><properties><java.version>17</java.version></properties>
  <dependencies>$STARTERS</dependencies>
  <build><finalName>bare</finalName><plugins><plugin><groupId>org.springframework.boot</groupId><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
POM
  cat > "$BARE_DIR/src/main/java/bare/Bare.java" <<'JAVA'
package bare;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@Controller
public class Bare {
    public static void main(String[] args) { SpringApplication.run(Bare.class, args); }
    @GetMapping("/") String home() { return "home"; }
    @Bean SecurityFilterChain all(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }
}
JAVA
  echo '<!DOCTYPE html><html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${1 + 1}">x</p></body></html>' \
    > "$BARE_DIR/src/main/resources/templates/home.html"
  (cd "$BARE_DIR" && $MVN -B -ntp -q -o -DskipTests package)
fi
# Milliseconds from launching the jar (JVM options, jar, then its arguments) until GET / answers 200.
first_page() {
  local port=$((20000 + RANDOM % 20000)) start pid ms jvm=$1 jar=$2
  shift 2
  start=$(date +%s%N)
  java $jvm -jar "$jar" "$@" --server.port=$port --server.address=127.0.0.1 >/dev/null 2>&1 & pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo $ms
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

app=(); bare=()
for i in $(seq "$RUNS"); do
  app+=("$(first_page "" "$JAR")")
  bare+=("$(first_page "" "$BARE_DIR/target/bare.jar")")
done
a=$(printf '%s\n' "${app[@]}" | median); b=$(printf '%s\n' "${bare[@]}" | median)
echo "app  ms: ${app[*]}  median $a"
echo "bare ms: ${bare[*]}  median $b"
awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio app/bare: %.2f\n", a / b }'
