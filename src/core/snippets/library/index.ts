/** The built-in library: one module per category, in the order the task pane lists them. */
import type { CategoryModule } from "./define";
import kaitouyu from "./kaitouyu";
import guoduyu from "./guoduyu";
import jieweiyu from "./jieweiyu";
import zhengzhijianshe from "./zhengzhijianshe";
import yishixingtai from "./yishixingtai";
import dangfenglianzheng from "./dangfenglianzheng";
import lvzhijinze from "./lvzhijinze";
import jingjifazhan from "./jingjifazhan";
import xiangmujianshe from "./xiangmujianshe";
import zhaoshangyinzi from "./zhaoshangyinzi";
import yingshanghuanjing from "./yingshanghuanjing";
import gaigechuangxin from "./gaigechuangxin";
import minshengbaozhang from "./minshengbaozhang";
import anquanshengchan from "./anquanshengchan";
import shengtaihuanbao from "./shengtaihuanbao";
import jicengzhili from "./jicengzhili";
import chengxiaojingyan from "./chengxiaojingyan";
import mubiaorenwu from "./mubiaorenwu";
import cunzaiwenti from "./cunzaiwenti";
import yuanyinpouxi from "./yuanyinpouxi";
import zhenggaicuoshi from "./zhenggaicuoshi";
import xiayibudasuan from "./xiayibudasuan";
import jicengdangjian from "./jicengdangjian";
import xuexijiaoyu from "./xuexijiaoyu";
import xunshizhenggai from "./xunshizhenggai";
import huanjiejilv from "./huanjiejilv";
import guojiaanquan from "./guojiaanquan";
import fazhizhengfu from "./fazhizhengfu";
import xiangcunzhenxing from "./xiangcunzhenxing";
import guoqidangjian from "./guoqidangjian";
import shujubiaoshu from "./shujubiaoshu";
import yantaodiaoyan from "./yantaodiaoyan";
import zhuchici from "./zhuchici";
import jianghuagao from "./jianghuagao";
import congyanzhidang from "./congyanzhidang";
import dangzhibu from "./dangzhibu";
import shufa from "./shufa";
import qingkuangbaogao from "./qingkuangbaogao";
import zhenggaifangan from "./zhenggaifangan";
import jingjiyunxing from "./jingjiyunxing";
import wunianhuigu from "./wunianhuigu";


export const categoryModules: readonly CategoryModule[] = [
  kaitouyu,
  guoduyu,
  jieweiyu,
  zhengzhijianshe,
  yishixingtai,
  dangfenglianzheng,
  lvzhijinze,
  jingjifazhan,
  xiangmujianshe,
  zhaoshangyinzi,
  yingshanghuanjing,
  gaigechuangxin,
  minshengbaozhang,
  anquanshengchan,
  shengtaihuanbao,
  jicengzhili,
  chengxiaojingyan,
  mubiaorenwu,
  cunzaiwenti,
  yuanyinpouxi,
  zhenggaicuoshi,
  xiayibudasuan,
  jicengdangjian,
  xuexijiaoyu,
  xunshizhenggai,
  huanjiejilv,
  guojiaanquan,
  fazhizhengfu,
  xiangcunzhenxing,
  guoqidangjian,
  shujubiaoshu,
  yantaodiaoyan,
  zhuchici,
  jianghuagao,
  congyanzhidang,
  dangzhibu,
  shufa,
  qingkuangbaogao,
  zhenggaifangan,
  jingjiyunxing,
  wunianhuigu,
];
